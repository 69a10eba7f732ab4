-- Incremental: a build recomputes the actors whose rows may have changed since its last one
-- (macros/incremental_marts.sql): int_actors_resolved rebuilds whole articles and stamps every
-- row it writes (resolved_at), so a changed actor has a row resolved since, or fewer articles
-- than its stored row (it lost some and gained none). An actor no article names any more,
-- and no reference country, leaves (post-hook).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='actor_key',
    on_schema_change='append_new_columns',
    post_hook="{{ delete_vanished_actors() }}"
) }}

with
{% if is_incremental() %}
    affected as (
        {{ actors_to_rebuild() }}
    ),
{% endif %}

resolved as (
    select * from {{ ref('int_actors_resolved') }}
    {% if is_incremental() %}
        where actor_key in (select affected.actor_key from affected)
    {% endif %}
),

articles as (
    select
        article_key,
        published_date
    from {{ ref('dim_article') }}
),

countries as (
    select * from {{ ref('ref_countries') }}
),

titles as (
    select * from {{ ref('int_actor_titles_dated') }}
),

seen as (
    select
        resolved.actor_key,
        resolved.actor_kind,
        resolved.actor_name,
        resolved.country_code,
        resolved.resolved_by,
        resolved.article_key,
        articles.published_date
    from resolved
    left join articles on resolved.article_key = articles.article_key
),

-- the capitalised names an actor was written as (pronouns left out): one row per actor and
-- name, then one sorted list per actor (faster than concatenating per-row lists); the
-- (actor, name, mentions) rows repeat across articles, so they are made distinct first
variants as (
    select
        named.actor_key,
        list_sort(list(distinct named.name_variant)) as name_variants
    from (
        select
            written.actor_key,
            unnest(list_concat([written.name_as_written], written.mentions)) as name_variant
        from (
            select distinct
                actor_key,
                name_as_written,
                mentions
            from resolved
        ) as written
    ) as named
    where
        regexp_matches(named.name_variant, '^[A-Z]')
        and named.name_variant not in ('He', 'She', 'They', 'It', 'We', 'I')
    group by named.actor_key
),

every_country as (
    select
        {{ country_actor_key('country_code') }} as actor_key,
        'country' as actor_kind,
        country_name as actor_name,
        country_code,
        'reference' as resolved_by,
        cast(null as varchar) as article_key,
        cast(null as date) as published_date
    from countries
    {% if is_incremental() %}
        where {{ country_actor_key('country_code') }} in (select affected.actor_key from affected)
    {% endif %}
),

unioned as (
    select * from seen
    union all
    select * from every_country
),

grouped as (
    select
        actor_key,
        min(actor_kind) as actor_kind,
        -- the longest form written; of equal length the greatest, so a tie never depends
        -- on scan order (mixed case wins over ALL CAPS)
        arg_max(actor_name, (length(actor_name), actor_name)) as actor_name,
        max(country_code) as country_code,
        list_sort(list(distinct resolved_by)) as resolved_by,
        count(distinct article_key) as n_articles,
        min(published_date) as first_seen_date,
        max(published_date) as last_seen_date
    from unioned
    group by actor_key
)

select
    grouped.actor_key,
    grouped.actor_name,
    grouped.actor_kind,
    grouped.country_code,
    countries.country_name,
    titles.current_title as latest_title,
    titles.title_since,
    titles.current_age as latest_age,
    coalesce(variants.name_variants, cast([] as varchar[])) as name_variants,
    grouped.resolved_by,
    grouped.n_articles,
    grouped.first_seen_date,
    grouped.last_seen_date
from grouped
left join countries on grouped.country_code = countries.country_code
left join titles on grouped.actor_key = titles.actor_key
left join variants on grouped.actor_key = variants.actor_key
