{{ config(materialized='view') }}

-- One row per fact with a PLOVER-style category and mode, so one table answers
-- "what happened between A and B": visits are CONSULT/visit, deployments MOBILIZE/<force>,
-- statements ACCUSE, REQUEST, THREATEN or OTHER by their cue verb (ref_cue_verbs).
--
-- A view: it only repeats the rows of the three fact tables (incremental themselves), so a
-- build costs nothing here; publish writes it to the published file and the parquet exports
-- as a table (newsfacts.publish).

with statements as (
    select
        statement_key as event_key,
        'statement' as event_type,
        plover_category,
        statement_kind as plover_mode,
        speaker_actor_key as source_actor_key,
        speaker as source_name,
        target_actor_key,
        null::varchar as place_key,
        null::varchar as place_name,
        null::varchar as place_country,
        null::varchar as event_status,
        quote_text as event_text,
        null::bigint as quantity,
        published_date as event_date,
        article_key,
        sentence,
        sentence_idx,
        start_char,
        end_char,
        url,
        extractor_version,
        loaded_at,
        transformed_at
    from {{ ref('fct_statement') }}
),

visits as (
    select
        visit_key as event_key,
        'visit' as event_type,
        'CONSULT' as plover_category,
        'visit' as plover_mode,
        traveller_actor_key as source_actor_key,
        traveller as source_name,
        destination_actor_key as target_actor_key,
        destination_place_key as place_key,
        destination as place_name,
        destination_country as place_country,
        visit_status as event_status,
        null::varchar as event_text,
        null::bigint as quantity,
        coalesce(visit_period_start, published_date) as event_date,
        article_key,
        sentence,
        sentence_idx,
        start_char,
        end_char,
        url,
        extractor_version,
        loaded_at,
        transformed_at
    from {{ ref('fct_visit') }}
),

deployments as (
    select
        deployment_key as event_key,
        'force_deployment' as event_type,
        'MOBILIZE' as plover_category,
        force_mode as plover_mode,
        actor_key as source_actor_key,
        actor as source_name,
        location_actor_key as target_actor_key,
        location_place_key as place_key,
        location as place_name,
        location_country as place_country,
        deployment_status as event_status,
        null::varchar as event_text,
        force_size as quantity,
        published_date as event_date,
        article_key,
        sentence,
        sentence_idx,
        start_char,
        end_char,
        url,
        extractor_version,
        loaded_at,
        transformed_at
    from {{ ref('fct_force_deployment') }}
)

select * from statements
union all
select * from visits
union all
select * from deployments
