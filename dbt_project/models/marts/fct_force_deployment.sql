with deployments as (
    select * from {{ ref('stg_newsfacts__deployments') }}
),

articles as (
    select * from {{ ref('stg_newsfacts__articles') }}
)

select
    deployments.deployment_key,
    deployments.article_key,
    case
        when deployments.actor_country is not null
            then {{ actor_key("'country'", 'deployments.actor') }}
    end as actor_key,
    deployments.actor,
    deployments.actor_country,
    deployments.force_size,
    deployments.size_qualifier,
    deployments.unit,
    deployments.location,
    deployments.location_country,
    deployments.deployment_status,
    deployments.sentence,
    deployments.sentence_idx,
    deployments.start_char,
    deployments.end_char,
    articles.url,
    articles.published_date,
    deployments.extractor_version
from deployments
inner join articles on deployments.article_key = articles.article_key
