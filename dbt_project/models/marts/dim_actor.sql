-- Incremental (macros/incremental_marts.sql): int_actors_resolved rebuilds whole articles,
-- stamps every row it writes (resolved_at) and logs the actor key of every row it deletes
-- (int_actors_resolved__deleted). An actor with a logged key lost a row: it is recomputed
-- from all its rows. An actor that only gained rows since the last build keeps its stored row
-- with what the new rows add merged in (a count, a first and last date, lists of names):
-- its new rows are of articles it was not in before, since an article re-resolved loses all
-- its old rows. An actor no article names any more, and no reference country, leaves
-- (post-hook).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='actor_key',
    on_schema_change='append_new_columns',
    post_hook="{{ delete_vanished_actors() }}"
) }}

with
{% if is_incremental() %}
    recomputed as (
        {{ actors_to_recompute() }}
    ),

    -- the actors that only gained rows since the last build
    gained as (
        select actor_key from {{ ref('int_actors_resolved') }}
        where resolved_at > {{ last_built_at() }}
        except
        select actor_key from recomputed
    ),
{% endif %}

-- incremental: all rows of the actors recomputed, the new rows of those that gained some
resolved as (
    select * from {{ ref('int_actors_resolved') }}
    {% if is_incremental() %}
        where
            actor_key in (select recomputed.actor_key from recomputed)
            or (
                resolved_at > {{ last_built_at() }}
                and actor_key in (select gained.actor_key from gained)
            )
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
        where
            {{ country_actor_key('country_code') }} in (
                select recomputed.actor_key from recomputed
            )
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
),

built as (
    select
        grouped.actor_key,
        grouped.actor_name,
        grouped.actor_kind,
        grouped.country_code,
        titles.current_title as latest_title,
        titles.title_since,
        titles.current_age as latest_age,
        coalesce(variants.name_variants, cast([] as varchar[])) as name_variants,
        grouped.resolved_by,
        grouped.n_articles,
        grouped.first_seen_date,
        grouped.last_seen_date
    from grouped
    left join titles on grouped.actor_key = titles.actor_key
    left join variants on grouped.actor_key = variants.actor_key
),

{% if is_incremental() %}
    -- an actor that only gained rows: its stored row and what its new rows add, merged the way
    -- `grouped` and `variants` aggregate (the smallest kind, the longest name, the largest
    -- country code, the union of the lists, counts added: the new rows' articles are new to
    -- it); its title is read again
    merged as (
        select
            built.actor_key,
            case
                when
                    stored.actor_key is null
                    or length(built.actor_name) > length(stored.actor_name)
                    or (
                        length(built.actor_name) = length(stored.actor_name)
                        and built.actor_name > stored.actor_name
                    )
                    then built.actor_name
                else stored.actor_name
            end as actor_name,
            least(built.actor_kind, stored.actor_kind) as actor_kind,
            greatest(built.country_code, stored.country_code) as country_code,
            built.latest_title,
            built.title_since,
            built.latest_age,
            list_sort(list_distinct(list_concat(built.name_variants, stored.name_variants)))
                as name_variants,
            list_sort(list_distinct(list_concat(built.resolved_by, stored.resolved_by)))
                as resolved_by,
            built.n_articles + coalesce(stored.n_articles, 0) as n_articles,
            least(built.first_seen_date, stored.first_seen_date) as first_seen_date,
            greatest(built.last_seen_date, stored.last_seen_date) as last_seen_date
        from built
        left join {{ this }} as stored on built.actor_key = stored.actor_key
        where built.actor_key not in (select recomputed.actor_key from recomputed)
    ),

    actors as (
        select * from built
        where actor_key in (select recomputed.actor_key from recomputed)
        union all
        select * from merged
    )
{% else %}
    actors as (
        select * from built
    )
{% endif %}

select
    actors.actor_key,
    actors.actor_name,
    actors.actor_kind,
    actors.country_code,
    countries.country_name,
    actors.latest_title,
    actors.title_since,
    actors.latest_age,
    actors.name_variants,
    actors.resolved_by,
    actors.n_articles,
    actors.first_seen_date,
    actors.last_seen_date
from actors
left join countries on actors.country_code = countries.country_code
