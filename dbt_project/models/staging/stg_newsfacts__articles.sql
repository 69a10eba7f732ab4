with source as (
    select * from {{ source('newsfacts', 'articles') }}
),

ranked as (
    select
        *,
        row_number() over (partition by article_id order by loaded_at desc) as recency
    from source
)

select
    article_id as article_key,
    content_sha256,
    doc,
    url,
    coalesce(canonical_url, url) as canonical_url,
    source as source_name,
    nullif(trim(title), '') as title,
    nullif(trim(byline), '') as byline,
    try_cast(left(published, 10) as date) as published_date,
    language,
    body_text,
    n_sentences,
    try_cast(fetched_at as timestamptz) as fetched_at,
    extract_error,
    extractor_version,
    run_id,
    batch_id,
    loaded_at
from ranked
where recency = 1
