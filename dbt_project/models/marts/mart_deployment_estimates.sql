-- Reported force sizes per series over time: a series is one actor's one kind of force at one
-- place (mart_deployment_reports owns that rule: troops are never compared with ships, and
-- "unknown" is never one place). One row per series and report date, with the running latest
-- and maximum as of that date. Only reports with a number.
--
-- Incremental: a build recomputes whole series, those whose reports may have changed since
-- its last one (macros/incremental_marts.sql); a series left without reports leaves
-- (post-hook).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='series_key',
    on_schema_change='append_new_columns',
    post_hook="{{ delete_vanished_series() }}"
) }}

-- depends_on: {{ ref('fct_force_deployment') }}

with
{% if is_incremental() %}
    affected as (
        {{ series_to_rebuild() }}
    ),
{% endif %}

reports as (
    select * from {{ ref('mart_deployment_reports') }}
    where
        force_size is not null
        {% if is_incremental() %}
            and series_key in (select affected.series_key from affected)
        {% endif %}
),

daily as (
    select
        series_key,
        report_date,
        any_value(actor_key) as actor_key,
        any_value(actor) as actor,
        any_value(force_mode) as force_mode,
        any_value(location_place_key) as location_place_key,
        any_value(location) as location,
        any_value(location_country) as location_country,
        bool_and(location_resolved) as location_resolved,
        count(*) as n_reports,
        max(force_size) as max_size_reported,
        -- the day's last report: the last loaded, then the last in its article
        arg_max(force_size, (loaded_at, article_key, sentence_idx, start_char))
            as last_size_reported,
        arg_max(size_qualifier, (loaded_at, article_key, sentence_idx, start_char))
            as last_qualifier,
        arg_max(unit, (loaded_at, article_key, sentence_idx, start_char)) as last_unit,
        arg_max(deployment_status, (loaded_at, article_key, sentence_idx, start_char))
            as last_status,
        arg_max(url, (loaded_at, article_key, sentence_idx, start_char)) as last_url,
        arg_max(deployment_key, (loaded_at, article_key, sentence_idx, start_char))
            as last_deployment_key
    from reports
    group by series_key, report_date
)

select
    md5(series_key || '|' || coalesce(cast(report_date as varchar), '')) as estimate_key,
    series_key,
    actor_key,
    actor,
    force_mode,
    location_place_key,
    location,
    location_country,
    location_resolved,
    report_date,
    n_reports,
    max_size_reported,
    last_size_reported as latest_size,
    last_qualifier as latest_qualifier,
    last_unit as latest_unit,
    max(max_size_reported) over w as max_size_to_date,
    cast(sum(n_reports) over w as bigint) as n_reports_to_date,
    min(report_date) over (partition by series_key) as first_report_date,
    last_status as latest_status,
    last_url as latest_url,
    last_deployment_key as latest_deployment_key
from daily
window w as (
    partition by series_key
    order by report_date nulls first
    rows between unbounded preceding and current row
)
