-- The published face of the snap_actor_titles snapshot (SCD2): one row per actor and title
-- version, with validity timestamps.
select
    dbt_scd_id as actor_title_version_key,
    actor_key,
    current_title as title,
    current_age as age,
    title_since,
    title_last_stated_on,
    dbt_valid_from as valid_from,
    dbt_valid_to as valid_to,
    dbt_valid_to is null as is_current
from {{ ref('snap_actor_titles') }}
