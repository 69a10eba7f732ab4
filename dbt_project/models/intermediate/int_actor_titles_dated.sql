-- Titles and roles stated for each resolved actor, dated by the articles that state them:
-- the evidence behind dim_actor's current title and the SCD2 snapshot.
with resolved as (
    select * from {{ ref('int_actors_resolved') }}
),

articles as (
    select
        article_key,
        published_date
    from {{ ref('stg_newsfacts__articles') }}
),

evidence as (
    select
        resolved.actor_key,
        resolved.title,
        resolved.age,
        resolved.country_code,
        resolved.article_key,
        coalesce(articles.published_date, cast(resolved.loaded_at as date)) as stated_on,
        resolved.loaded_at
    from resolved
    left join articles on resolved.article_key = articles.article_key
),

latest as (
    select
        actor_key,
        title as current_title,
        age as current_age,
        stated_on as title_stated_on
    from evidence
    where title is not null
    qualify row_number() over (
        partition by actor_key order by stated_on desc, loaded_at desc, title asc
    ) = 1
),

first_stated as (
    select
        actor_key,
        title,
        min(stated_on) as first_stated_on
    from evidence
    where title is not null
    group by 1, 2
)

select
    latest.actor_key,
    latest.current_title,
    latest.current_age,
    first_stated.first_stated_on as title_since,
    latest.title_stated_on as title_last_stated_on,
    cast(latest.title_stated_on as timestamp) as title_updated_at
from latest
inner join first_stated
    on
        latest.actor_key = first_stated.actor_key
        and latest.current_title = first_stated.title
