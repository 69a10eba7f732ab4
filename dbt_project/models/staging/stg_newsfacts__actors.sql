with source as (
    select * from {{ source('newsfacts', 'actors') }}
),

deduplicated as (
    select *
    from source
    qualify row_number() over (
        partition by article_id, actor_key order by loaded_at desc
    ) = 1
)

select
    article_id as article_key,
    actor_key as article_actor_key,
    regexp_replace(trim(name), '\s+', ' ', 'g') as actor_name,
    coalesce(nullif(lower(trim(kind)), ''), 'unknown') as actor_kind,
    nullif(regexp_replace(trim(title), '\s+', ' ', 'g'), '') as title,
    age,
    upper(nullif(trim(country), '')) as country_code,
    coalesce(mentions, []) as mentions,
    extractor_version,
    loaded_at
from deduplicated
where name is not null and trim(name) <> ''
