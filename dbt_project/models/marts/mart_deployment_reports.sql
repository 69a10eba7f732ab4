-- Every reported force deployment placed in its series: one actor's one kind of force
-- (troops, naval, air... from ref_force_units) at one place. The one owner of the series rule,
-- read by mart_deployment_estimates and by the explorer's Deployments page.
--
-- "Unknown" is never a place: a report whose place is not stated is a series of its own, and
-- a place that did not resolve to a country ("the area", "the frontier") is one series only
-- within its article. The same holds for an actor that did not resolve.
--
-- Incremental: the facts (re)built since the last build replace their rows
-- (macros/incremental_marts.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='deployment_key',
    on_schema_change='append_new_columns',
    post_hook="{{ delete_vanished_reports() }}"
) }}

with deployments as (
    select * from {{ ref('fct_force_deployment') }}
    {% if is_incremental() %}
        where transformed_at > {{ last_built_at() }}
    {% endif %}
),

keyed as (
    select
        *,
        location is not null and location_country is not null as location_resolved,
        case
            when actor_key is not null then actor_key
            when actor is not null then md5('actor|' || lower(trim(actor)))
            else md5('unattributed|' || deployment_key)
        end as actor_ref,
        case
            when location is null then md5('unlocated|' || deployment_key)
            when location_country is not null
                then coalesce(location_place_key, md5('place|' || lower(location)))
            else md5('unresolved|' || lower(location) || '|' || article_key)
        end as location_ref
    from deployments
)

select
    deployment_key,
    md5(actor_ref || '|' || location_ref || '|' || force_mode) as series_key,
    md5(actor_ref || '|' || location_ref) as place_series_key,
    article_key,
    actor_key,
    actor,
    force_mode,
    unit,
    force_size,
    size_qualifier,
    deployment_status,
    location_place_key,
    location,
    location_country,
    location_resolved,
    published_date as report_date,
    sentence,
    sentence_idx,
    start_char,
    url,
    loaded_at
from keyed
