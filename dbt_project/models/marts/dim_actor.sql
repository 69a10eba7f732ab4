with mentions as (
    select * from {{ ref('stg_newsfacts__actors') }}
),

articles as (
    select article_key, published_date from {{ ref('stg_newsfacts__articles') }}
),

latest as (
    select
        mentions.actor_key,
        mentions.title,
        mentions.age,
        row_number() over (
            partition by mentions.actor_key
            order by articles.published_date desc nulls last, mentions.loaded_at desc
        ) as recency
    from mentions
    left join articles on mentions.article_key = articles.article_key
    where mentions.title is not null or mentions.age is not null
)

select
    mentions.actor_key,
    min(mentions.actor_name) as actor_name,
    min(mentions.actor_kind) as actor_kind,
    min(mentions.country_code) as country_code,
    max(latest.title) as latest_title,
    max(latest.age) as latest_age,
    count(distinct mentions.article_key) as n_articles
from mentions
left join latest on mentions.actor_key = latest.actor_key and latest.recency = 1
group by mentions.actor_key
