with articles as (
    select * from {{ ref('stg_newsfacts__articles') }}
)

select
    article_key,
    url,
    canonical_url,
    source_name,
    title,
    byline,
    published_date,
    language,
    n_sentences,
    extract_error,
    extractor_version,
    fetched_at,
    loaded_at
from articles
