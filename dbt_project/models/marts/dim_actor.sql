-- One row per actor: every actor an article resolves to, and every reference country.
-- Incremental: the actors whose resolved rows changed are rebuilt from all their rows
-- (macros/incremental_actors.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='actor_key',
    on_schema_change='append_new_columns',
    post_hook="{{ delete_vanished_actors() }}"
) }}

{% if is_incremental() %}
    {% set rebuild = actor_keys_to_rebuild() %}
{% endif %}

with resolved as (
    select * from {{ ref('int_actors_resolved') }}
    {% if is_incremental() %}
        where {{ rebuild }}
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
    {% if is_incremental() %}
        where {{ rebuild }}
    {% endif %}
),

seen as (
    select
        resolved.actor_key,
        resolved.actor_kind,
        resolved.actor_name,
        resolved.country_code,
        list_filter(
            list_concat([resolved.name_as_written], resolved.mentions),
            lambda n: regexp_matches(n, '^[A-Z]')  -- noqa: RF02
            and n not in ('He', 'She', 'They', 'It', 'We', 'I')  -- noqa: RF02
        ) as name_variants,
        resolved.resolved_by,
        resolved.article_key,
        articles.published_date
    from resolved
    left join articles on resolved.article_key = articles.article_key
),

every_country as (
    select
        {{ country_actor_key('country_code') }} as actor_key,
        'country' as actor_kind,
        country_name as actor_name,
        country_code,
        cast([] as varchar[]) as name_variants,
        'reference' as resolved_by,
        cast(null as varchar) as article_key,
        cast(null as date) as published_date
    from countries
),

unioned as (
    select * from seen
    union all
    select * from every_country
    {% if is_incremental() %}
        where {{ rebuild }}
    {% endif %}
),

grouped as (
    select
        actor_key,
        min(actor_kind) as actor_kind,
        arg_max(actor_name, length(actor_name)) as actor_name,
        max(country_code) as country_code,
        list_sort(list_distinct(flatten(list(name_variants)))) as name_variants,
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
    grouped.name_variants,
    grouped.resolved_by,
    grouped.n_articles,
    grouped.first_seen_date,
    grouped.last_seen_date
from grouped
left join countries on grouped.country_code = countries.country_code
left join titles on grouped.actor_key = titles.actor_key
