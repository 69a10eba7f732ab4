with source as (
    select * from {{ source('newsfacts', 'statements') }}
),

deduplicated as (
    select *
    from source
    qualify row_number() over (
        partition by article_id, fact_idx order by loaded_at desc
    ) = 1
)

select
    md5(article_id || ':s:' || fact_idx) as statement_key,
    article_id as article_key,
    fact_idx,
    nullif(trim(speaker), '') as speaker,
    nullif(trim(speaker_mention), '') as speaker_mention,
    speaker_key as article_speaker_key,
    quote_text,
    coalesce(kind, 'direct') as statement_kind,
    nullif(lower(trim(cue)), '') as cue,
    sentence,
    sentence_idx,
    start_char,
    end_char,
    nullif(trim(rule), '') as rule,
    extractor_version,
    loaded_at
from deduplicated
where quote_text is not null and trim(quote_text) <> ''
