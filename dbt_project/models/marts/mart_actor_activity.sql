-- Statements, visits and force deployments per actor per ISO week (week starting Monday).
--
-- Incremental: a build recomputes the actor-weeks that may have changed since the last one
-- (macros/incremental_marts.sql): those with an event (re)built since, those whose number of
-- events differs from the stored row, and those of an actor whose name or kind changed. An
-- actor-week left without events comes out as a row of zeros, which the post-hook deletes.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='activity_key',
    on_schema_change='append_new_columns',
    post_hook="{{ delete_empty_activity() }}"
) }}

with actors as (
    select
        actor_key,
        actor_name,
        actor_kind
    from {{ ref('dim_actor') }}
),

events as (
    select
        source_actor_key as actor_key,
        cast(date_trunc('week', event_date) as date) as week_start,
        article_key,
        event_type,
        plover_category,
        transformed_at
    from {{ ref('fct_event') }}
    where
        event_date is not null
        and source_actor_key in (select actors.actor_key from actors)
),

{% if is_incremental() %}
    -- read apart from events: a CTE read twice is materialised (1M rows)
    current_weeks as (
        select
            source_actor_key as actor_key,
            cast(date_trunc('week', event_date) as date) as week_start,
            count(*) as n_events,
            max(transformed_at) > {{ last_built_at() }} as rebuilt
        from {{ ref('fct_event') }}
        where
            event_date is not null
            and source_actor_key in (select actors.actor_key from actors)
        group by 1, 2
    ),

    stored as (
        select
            actor_key,
            week_start,
            actor_name,
            actor_kind,
            n_statements + n_visits + n_force_deployments as n_events
        from {{ this }}
    ),

    -- events are only ever inserted (stamped) or deleted: an actor-week that lost one without
    -- gaining one has fewer
    changed as (
        select
            coalesce(current_weeks.actor_key, stored.actor_key) as actor_key,
            coalesce(current_weeks.week_start, stored.week_start) as week_start
        from current_weeks
        full outer join stored
            on
                current_weeks.actor_key = stored.actor_key
                and current_weeks.week_start = stored.week_start
        left join actors
            on coalesce(current_weeks.actor_key, stored.actor_key) = actors.actor_key
        where
            current_weeks.rebuilt
            or current_weeks.n_events is distinct from stored.n_events
            or actors.actor_name is distinct from stored.actor_name
            or actors.actor_kind is distinct from stored.actor_kind
    ),

    scoped as (
        select events.*
        from events
        semi join changed
            on events.actor_key = changed.actor_key and events.week_start = changed.week_start
    ),
{% else %}
    scoped as (
        select * from events
    ),
{% endif %}

-- per actor, week and article first: counting the articles of a week is then a count, not
-- a count(distinct) over every event
per_article as (
    select
        actor_key,
        week_start,
        article_key,
        count(*) filter (where event_type = 'statement') as n_statements,
        count(*) filter (where event_type = 'visit') as n_visits,
        count(*) filter (where event_type = 'force_deployment') as n_force_deployments,
        count(*) filter (where plover_category = 'ACCUSE') as n_accusations,
        count(*) filter (where plover_category = 'REQUEST') as n_requests,
        count(*) filter (where plover_category = 'THREATEN') as n_threats
    from scoped
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
inner join actors on weekly.actor_key = actors.actor_key
{% if is_incremental() %}
    union all
    -- an actor-week left without events: its stored row goes (delete_empty_activity)
    select
        md5(changed.actor_key || '|' || cast(changed.week_start as varchar)) as activity_key,
        changed.actor_key,
        cast(null as varchar) as actor_name,
        cast(null as varchar) as actor_kind,
        changed.week_start,
        cast(0 as bigint) as n_statements,
        cast(0 as bigint) as n_visits,
        cast(0 as bigint) as n_force_deployments,
        cast(0 as bigint) as n_accusations,
        cast(0 as bigint) as n_requests,
        cast(0 as bigint) as n_threats,
        cast(0 as bigint) as n_articles
    from changed
    anti join weekly
        on changed.actor_key = weekly.actor_key and changed.week_start = weekly.week_start
{% endif %}
