-- Latest and maximum reported force size per actor and location over time: one row per
-- (actor, location, report date), with the running latest and maximum as of that date.
with deployments as (
    select * from {{ ref('fct_force_deployment') }}
    where force_size is not null
),

daily as (
    select
        coalesce(actor_key, md5(coalesce(actor, '?'))) as actor_ref,
        actor_key,
        coalesce(actor, 'unknown') as actor,
        coalesce(location_place_key, md5(coalesce(location, '?'))) as location_ref,
        location_place_key,
        coalesce(location, 'unknown') as location,
        location_country,
        published_date as report_date,
        count(*) as n_reports,
        max(force_size) as max_size_reported,
        arg_max(force_size, loaded_at) as last_size_reported,
        arg_max(deployment_status, loaded_at) as last_status,
        arg_max(url, loaded_at) as last_url
    from deployments
    group by all
)

select
    md5(actor_ref || '|' || location_ref || '|' || coalesce(cast(report_date as varchar), ''))
        as estimate_key,
    actor_key,
    actor,
    location_place_key,
    location,
    location_country,
    report_date,
    n_reports,
    max_size_reported,
    last_size_reported as latest_size,
    max(max_size_reported) over w as max_size_to_date,
    cast(sum(n_reports) over w as bigint) as n_reports_to_date,
    min(report_date) over (partition by actor_ref, location_ref) as first_report_date,
    last_status as latest_status,
    last_url as latest_url
from daily
window w as (
    partition by actor_ref, location_ref
    order by report_date nulls first
    rows between unbounded preceding and current row
)
