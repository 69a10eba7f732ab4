with source as (
    select * from {{ source('newsfacts', 'deployments') }}
),

deduplicated as (
    select *
    from source
    qualify row_number() over (
        partition by article_id, fact_idx order by loaded_at desc
    ) = 1
)

select
    md5(article_id || ':d:' || fact_idx) as deployment_key,
    article_id as article_key,
    fact_idx,
    nullif(trim(actor), '') as actor,
    upper(nullif(trim(actor_country), '')) as actor_country,
    size as force_size,
    lower(qualifier) as size_qualifier,
    lower(unit) as unit,
    nullif(trim(location), '') as location,
    upper(nullif(trim(location_country), '')) as location_country,
    lower(status) as deployment_status,
    sentence,
    sentence_idx,
    start_char,
    end_char,
    nullif(trim(rule), '') as rule,
    extractor_version,
    loaded_at
from deduplicated
