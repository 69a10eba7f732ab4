with source as (
    select * from {{ source('newsfacts', 'actors') }}
)

select
    article_id as article_key,
    actor_key as article_actor_key,
    {{ actor_key('kind', 'name') }} as actor_key,
    trim(name) as actor_name,
    coalesce(kind, 'unknown') as actor_kind,
    nullif(trim(title), '') as title,
    age,
    upper(country) as country_code,
    mentions,
    loaded_at
from source
where name is not null and trim(name) <> ''
