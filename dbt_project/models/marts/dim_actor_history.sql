-- The published face of the snap_actor_titles snapshot (SCD2): one row per actor and title
-- version, with validity timestamps. Only actors of dim_actor: an actor no article resolves to
-- any more (a replay renamed it) keeps its snapshot rows but is not published.
with actors as (
    select actor_key from {{ ref('dim_actor') }}
)

select
    snap.dbt_scd_id as actor_title_version_key,
    snap.actor_key,
    snap.current_title as title,
    snap.current_age as age,
    snap.title_since,
    snap.title_last_stated_on,
    snap.dbt_valid_from as valid_from,
    snap.dbt_valid_to as valid_to,
    snap.dbt_valid_to is null as is_current
from {{ ref('snap_actor_titles') }} as snap
where snap.actor_key in (select actors.actor_key from actors)
