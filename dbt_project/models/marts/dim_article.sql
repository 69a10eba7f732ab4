-- Incremental: the articles loaded since the last build replace their rows; an article no
-- longer in staging leaves (delete_superseded_facts).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_key',
    on_schema_change='append_new_columns',
    meta={'rebuilds_whole': 'article_key'},
    post_hook="{{ delete_superseded_facts() }}"
) }}

with articles as (
    select * from {{ ref('stg_newsfacts__articles') }}
    {% if is_incremental() %}
        where {{ incremental_article_filter() }}
    {% endif %}
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
