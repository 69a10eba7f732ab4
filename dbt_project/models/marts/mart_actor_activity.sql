-- Statements, visits and force deployments per actor per ISO week (week starting Monday).
with events as (
    select * from {{ ref('fct_event') }}
    where source_actor_key is not null and event_date is not null
),

-- per actor, week and article first: counting the articles of a week is then a count, not
-- a count(distinct) over every event
per_article as (
    select
        source_actor_key as actor_key,
        cast(date_trunc('week', event_date) as date) as week_start,
        article_key,
        count(*) filter (where event_type = 'statement') as n_statements,
        count(*) filter (where event_type = 'visit') as n_visits,
        count(*) filter (where event_type = 'force_deployment') as n_force_deployments,
        count(*) filter (where plover_category = 'ACCUSE') as n_accusations,
        count(*) filter (where plover_category = 'REQUEST') as n_requests,
        count(*) filter (where plover_category = 'THREATEN') as n_threats
    from events
    group by 1, 2, 3
),

weekly as (
    select
        actor_key,
        week_start,
        cast(sum(n_statements) as bigint) as n_statements,
        cast(sum(n_visits) as bigint) as n_visits,
        cast(sum(n_force_deployments) as bigint) as n_force_deployments,
        cast(sum(n_accusations) as bigint) as n_accusations,
        cast(sum(n_requests) as bigint) as n_requests,
        cast(sum(n_threats) as bigint) as n_threats,
        count(article_key) as n_articles
    from per_article
    group by 1, 2
)

select
    md5(weekly.actor_key || '|' || cast(weekly.week_start as varchar)) as activity_key,
    weekly.actor_key,
    actors.actor_name,
    actors.actor_kind,
    weekly.week_start,
    weekly.n_statements,
    weekly.n_visits,
    weekly.n_force_deployments,
    weekly.n_accusations,
    weekly.n_requests,
    weekly.n_threats,
    weekly.n_articles
from weekly
inner join {{ ref('dim_actor') }} as actors on weekly.actor_key = actors.actor_key
