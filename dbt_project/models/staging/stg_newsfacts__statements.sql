with source as (
    select * from {{ source('newsfacts', 'statements') }}
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
    lower(cue) as cue,
    sentence,
    sentence_idx,
    start_char,
    end_char,
    extractor_version,
    loaded_at
from source
where quote_text is not null and trim(quote_text) <> ''
