-- Every name that points at a country or a known organisation, folded to lower case:
-- aliases first, then country names, demonyms and capitals (first match wins).
with aliases as (
    select
        lower(alias) as name_folded,
        actor_kind,
        canonical_name,
        country_code,
        alias_type as match_type,
        1 as priority
    from {{ ref('ref_actor_aliases') }}
),

country_names as (
    select
        lower(country_name) as name_folded,
        'country' as actor_kind,
        country_name as canonical_name,
        country_code,
        'country name' as match_type,
        2 as priority
    from {{ ref('ref_countries') }}
),

demonyms as (
    select
        lower(demonyms.demonym) as name_folded,
        'country' as actor_kind,
        countries.country_name as canonical_name,
        demonyms.country_code,
        'demonym' as match_type,
        3 as priority
    from {{ ref('ref_demonyms') }} as demonyms
    inner join {{ ref('ref_countries') }} as countries
        on demonyms.country_code = countries.country_code
),

capitals as (
    select
        lower(capital) as name_folded,
        'country' as actor_kind,
        country_name as canonical_name,
        country_code,
        'capital' as match_type,
        4 as priority
    from {{ ref('ref_countries') }}
    where capital is not null
),

unioned as (
    select * from aliases
    union all
    select * from country_names
    union all
    select * from demonyms
    union all
    select * from capitals
)

select
    name_folded,
    actor_kind,
    canonical_name,
    country_code,
    match_type
from unioned
qualify row_number() over (partition by name_folded order by priority) = 1
