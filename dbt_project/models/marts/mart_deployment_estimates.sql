-- Reported force sizes per series over time: a series is one actor's one kind of force (troops,
-- naval, air... from ref_force_units) at one resolved place, so troops are never compared with
-- ships and two places are never added up. One row per series and report date, with the
-- running latest and maximum as of that date. Only reports with a number.
--
-- "Unknown" is never a place: a report whose place is not stated is a series of its own, and
-- a place that did not resolve to a country ("the area", "the frontier") is one series only
-- within its article. The same rule holds for an actor that did not resolve.
with deployments as (
    select * from {{ ref('fct_force_deployment') }}
    where force_size is not null
),

keyed as (
    select
        *,
        location_country is not null as location_resolved,
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
),

series as (
    select
        *,
        md5(actor_ref || '|' || location_ref || '|' || force_mode) as series_key
    from keyed
),

daily as (
    select
        series_key,
        published_date as report_date,
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
    from series
    group by series_key, published_date
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
