with source as (
    select * from {{ source('newsfacts', 'visits') }}
),

deduplicated as (
    select *
    from source
    qualify row_number() over (
        partition by article_id, fact_idx order by loaded_at desc
    ) = 1
)

select
    md5(article_id || ':v:' || fact_idx) as visit_key,
    article_id as article_key,
    fact_idx,
    nullif(trim(traveller), '') as traveller,
    traveller_key as article_traveller_key,
    nullif(trim(destination), '') as destination,
    upper(nullif(trim(destination_country), '')) as destination_country,
    destination_lat,
    destination_lon,
    nullif(trim(host), '') as host,
    lower(status) as visit_status,
    when_text,
    sentence,
    sentence_idx,
    start_char,
    end_char,
    nullif(trim(rule), '') as rule,
    extractor_version,
    loaded_at
from deduplicated
