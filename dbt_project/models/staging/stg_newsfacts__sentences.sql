with source as (
    select * from {{ source('newsfacts', 'sentences') }}
),

deduplicated as (
    select *
    from source
    qualify row_number() over (
        partition by article_id, sentence_idx order by loaded_at desc
    ) = 1
)

select
    md5(article_id || ':t:' || sentence_idx) as sentence_key,
    article_id as article_key,
    sentence_idx,
    paragraph as paragraph_idx,
    start_char,
    end_char,
    text as sentence_text,
    loaded_at
from deduplicated
