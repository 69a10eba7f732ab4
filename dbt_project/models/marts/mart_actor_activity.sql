-- Statements, visits and force deployments per actor per ISO week (week starting Monday).
--
-- Incremental (macros/incremental_marts.sql): an actor that lost an event since the last build
-- (the fact models log the actor keys of the rows they delete), whose name or kind changed,
-- or every actor after a full build of a fact model, is recomputed from all its events; any
-- other actor only gained events (stamped since), which are added to its stored weeks. A
-- recomputed actor's week left without events comes out as a row of zeros, which the
-- post-hook deletes.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='activity_key',
    on_schema_change='append_new_columns',
    post_hook="{{ delete_empty_activity() }}"
) }}

-- depends_on: {{ ref('fct_statement') }}
-- depends_on: {{ ref('fct_visit') }}
-- depends_on: {{ ref('fct_force_deployment') }}

with actors as (
    select
        actor_key,
        actor_name,
        actor_kind
    from {{ ref('dim_actor') }}
),

{% if is_incremental() %}
    recomputed as (
        {{ activity_actors_to_recompute('actors') }}
    ),

    -- every event of the actors recomputed, the events of the others stamped since
    scoped as (
        select
            source_actor_key as actor_key,
            cast(date_trunc('week', event_date) as date) as week_start,
            article_key,
            event_type,
            plover_category
        from {{ ref('fct_event') }}
        where
            event_date is not null
            and source_actor_key in (select actors.actor_key from actors)
            and source_actor_key in (select recomputed.actor_key from recomputed)
        union all
        select
            source_actor_key as actor_key,
            cast(date_trunc('week', event_date) as date) as week_start,
            article_key,
            event_type,
            plover_category
        from {{ ref('fct_event') }}
        where
            event_date is not null
            and transformed_at > {{ last_built_at() }}
            and source_actor_key in (select actors.actor_key from actors)
            and source_actor_key not in (select recomputed.actor_key from recomputed)
    ),

    -- an article whose facts one fact model rebuilt (a re-resolved speaker) keeps the rows of
    -- the others: the weeks those were counted in count it already
    counted_before as (
        select distinct
            source_actor_key as actor_key,
            cast(date_trunc('week', event_date) as date) as week_start,
            article_key
        from {{ ref('fct_event') }}
        where
            event_date is not null
            and transformed_at <= {{ last_built_at() }}
            and article_key in (
                select gained.article_key from scoped as gained
                where gained.actor_key not in (select recomputed.actor_key from recomputed)
            )
            and source_actor_key not in (select recomputed.actor_key from recomputed)
    ),
{% else %}
    scoped as (
        select
            source_actor_key as actor_key,
            cast(date_trunc('week', event_date) as date) as week_start,
            article_key,
            event_type,
            plover_category
        from {{ ref('fct_event') }}
        where
            event_date is not null
            and source_actor_key in (select actors.actor_key from actors)
    ),

    counted_before as (
        select
            actor_key,
            week_start,
            article_key
        from scoped
        where false
    ),
{% endif %}

-- per actor, week and article first: counting the articles of a week is then a count, not
-- a count(distinct) over every event
per_article as (
    select
        scoped.actor_key,
        scoped.week_start,
        scoped.article_key,
        bool_or(counted_before.article_key is not null) as already_counted,
        count(*) filter (where scoped.event_type = 'statement') as n_statements,
        count(*) filter (where scoped.event_type = 'visit') as n_visits,
        count(*) filter (where scoped.event_type = 'force_deployment') as n_force_deployments,
        count(*) filter (where scoped.plover_category = 'ACCUSE') as n_accusations,
        count(*) filter (where scoped.plover_category = 'REQUEST') as n_requests,
        count(*) filter (where scoped.plover_category = 'THREATEN') as n_threats
    from scoped
    left join counted_before
        on
            scoped.actor_key = counted_before.actor_key
            and scoped.week_start = counted_before.week_start
            and scoped.article_key = counted_before.article_key
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
        count(article_key) filter (where not already_counted) as n_articles
    from per_article
    group by 1, 2
),

-- incremental: an actor not recomputed only gained events, and of articles new to its weeks
-- (an article rebuilt loses its old rows, whose actors are logged): added to its stored weeks
{% if is_incremental() %}
    stored as (
        select * from {{ this }}
        where actor_key not in (select recomputed.actor_key from recomputed)
    ),
{% else %}
    stored as (
        select * from weekly
        where false
    ),
{% endif %}

counted as (
    select
        weekly.actor_key,
        weekly.week_start,
        weekly.n_statements + coalesce(stored.n_statements, 0) as n_statements,
        weekly.n_visits + coalesce(stored.n_visits, 0) as n_visits,
        weekly.n_force_deployments + coalesce(stored.n_force_deployments, 0) as n_force_deployments,
        weekly.n_accusations + coalesce(stored.n_accusations, 0) as n_accusations,
        weekly.n_requests + coalesce(stored.n_requests, 0) as n_requests,
        weekly.n_threats + coalesce(stored.n_threats, 0) as n_threats,
        weekly.n_articles + coalesce(stored.n_articles, 0) as n_articles
    from weekly
    left join stored
        on weekly.actor_key = stored.actor_key and weekly.week_start = stored.week_start
)

select
    md5(counted.actor_key || '|' || cast(counted.week_start as varchar)) as activity_key,
    counted.actor_key,
    actors.actor_name,
    actors.actor_kind,
    counted.week_start,
    counted.n_statements,
    counted.n_visits,
    counted.n_force_deployments,
    counted.n_accusations,
    counted.n_requests,
    counted.n_threats,
    counted.n_articles
from counted
inner join actors on counted.actor_key = actors.actor_key
{% if is_incremental() %}
    union all
    -- a recomputed actor's week left without events: its stored row goes (delete_empty_activity)
    select
        stored.activity_key,
        stored.actor_key,
        cast(null as varchar) as actor_name,
        cast(null as varchar) as actor_kind,
        stored.week_start,
        cast(0 as bigint) as n_statements,
        cast(0 as bigint) as n_visits,
        cast(0 as bigint) as n_force_deployments,
        cast(0 as bigint) as n_accusations,
        cast(0 as bigint) as n_requests,
        cast(0 as bigint) as n_threats,
        cast(0 as bigint) as n_articles
    from {{ this }} as stored
    where
        stored.actor_key in (select recomputed.actor_key from recomputed)
        and not exists (
            select 1 from weekly
            where weekly.actor_key = stored.actor_key and weekly.week_start = stored.week_start
        )
{% endif %}
