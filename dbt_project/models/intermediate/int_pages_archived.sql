{{ config(materialized='view') }}

-- The raw page behind each loaded article, as replay and backfill re-extract it: the latest
-- load of every article that has an archived page, with the fetch metadata the extractor
-- needs (the content type). Values stay as the loader stored them (raw strings), since
-- they become the page descriptors of a new extract batch. A view: it reads raw as it is now.

with articles as (
    select * from {{ source('newsfacts', 'articles') }}
    where content_sha256 is not null
),

latest as (
    select *
    from articles
    qualify row_number() over (partition by article_id order by loaded_at desc) = 1
),

content_types as (
    select
        content_sha256,
        any_value(content_type) as content_type
    from {{ source('newsfacts', 'fetch_log') }}
    where content_sha256 is not null
    group by content_sha256
)

select
    latest.article_id,
    latest.content_sha256,
    latest.url,
    latest.canonical_url,
    latest.source,
    latest.title,
    latest.published,
    latest.fetched_at,
    latest.extractor_version,
    latest.language,
    content_types.content_type
from latest
left join content_types on latest.content_sha256 = content_types.content_sha256
