-- Places named as visit destinations or deployment locations, resolved to ISO countries and,
-- where known, coordinates. One row per (place name as written, extractor country code).
-- Rule: a leading "the" is ignored; a name that is a country, demonym or alias is that
-- country (coordinates: its capital); a capital is a city in that country (its coordinates);
-- otherwise the extractor's country code and coordinates are kept.
with named as (
    select
        destination as place_name,
        destination_country as extracted_country,
        destination_lat as latitude,
        destination_lon as longitude
    from {{ ref('stg_newsfacts__visits') }}
    where destination is not null
    union all
    select
        location as place_name,
        location_country as extracted_country,
        null::double as latitude,
        null::double as longitude
    from {{ ref('stg_newsfacts__deployments') }}
    where location is not null
),

distinct_names as (
    select
        place_name,
        extracted_country,
        avg(latitude) as latitude,
        avg(longitude) as longitude
    from named
    group by 1, 2
),

lookup as (
    select * from {{ ref('int_name_lookup') }}
    where actor_kind = 'country'
),

countries as (
    select * from {{ ref('ref_countries') }}
),

resolved as (
    select
        distinct_names.place_name,
        distinct_names.extracted_country,
        coalesce(lookup.country_code, distinct_names.extracted_country) as country_code,
        case
            when lookup.match_type = 'capital' then 'capital'
            when lookup.name_folded is not null then 'country'
            when distinct_names.extracted_country is not null then 'place'
            else 'unresolved'
        end as place_type,
        coalesce(distinct_names.latitude, capital.latitude) as latitude,
        coalesce(distinct_names.longitude, capital.longitude) as longitude
    from distinct_names
    left join lookup
        on regexp_replace(lower(trim(distinct_names.place_name)), '^the ', '') = lookup.name_folded
    left join countries as capital
        on lookup.country_code = capital.country_code
)

select
    {{ place_key('place_name', 'country_code') }} as place_key,
    place_name,
    extracted_country,
    country_code,
    place_type,
    latitude,
    longitude
from resolved
