-- Trips per traveller by status: how many planned, possible, ongoing, completed or
-- cancelled trips each traveller has, to how many places, over which period.
with visits as (
    select * from {{ ref('fct_visit') }}
)

select
    md5(coalesce(traveller_actor_key, traveller) || '|' || visit_status) as trip_status_key,
    traveller_actor_key,
    -- the longest form; of equal length the greatest (a tie never depends on scan order)
    arg_max(traveller, (length(traveller), traveller)) as traveller,
    visit_status,
    visit_status in ('planned', 'possible') as is_prospective,
    count(*) as n_trips,
    count(distinct destination_place_key) as n_destinations,
    list_sort(list(distinct destination) filter (where destination is not null))
        as destinations,
    min(coalesce(visit_period_start, published_date)) as first_trip_date,
    max(coalesce(visit_period_start, published_date)) as last_trip_date,
    count(distinct article_key) as n_articles
from visits
where traveller is not null
group by coalesce(traveller_actor_key, traveller), traveller_actor_key, visit_status
