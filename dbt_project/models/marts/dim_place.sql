with places as (
    select * from {{ ref('int_places_geocoded') }}
),

countries as (
    select * from {{ ref('ref_countries') }}
)

select
    places.place_key,
    -- the longest form; of equal length the greatest (a tie never depends on scan order)
    arg_max(places.place_name, (length(places.place_name), places.place_name)) as place_name,
    min(places.place_type) as place_type,
    max(places.country_code) as country_code,
    max(countries.country_name) as country_name,
    avg(places.latitude) as latitude,
    avg(places.longitude) as longitude
from places
left join countries on places.country_code = countries.country_code
group by places.place_key
