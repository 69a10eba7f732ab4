with visits as (
    select * from {{ ref('stg_newsfacts__visits') }}
),

actors as (
    select * from {{ ref('stg_newsfacts__actors') }}
),

articles as (
    select * from {{ ref('stg_newsfacts__articles') }}
)

select
    visits.visit_key,
    visits.article_key,
    actors.actor_key as traveller_actor_key,
    visits.traveller,
    visits.destination,
    visits.destination_country,
    visits.destination_lat,
    visits.destination_lon,
    visits.host,
    visits.visit_status,
    visits.when_text,
    visits.sentence,
    visits.sentence_idx,
    visits.start_char,
    visits.end_char,
    articles.url,
    articles.published_date,
    visits.extractor_version
from visits
inner join articles on visits.article_key = articles.article_key
left join actors
    on visits.article_key = actors.article_key
    and visits.article_traveller_key = actors.article_actor_key
