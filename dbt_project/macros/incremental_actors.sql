{#- Step 1 of entity resolution (int_actors_resolved), the one definition of a name's base:
    the actor rows of `actors` with the longest leading title of up to three words found in
    `titles` (stripped_title, stripped_title_type) and what is left of the name once that
    title and a trailing 's are dropped (base_name). The titles are matched by an equi-join
    on the name's first one, two and three words, not a prefix scan. -#}
{% macro actor_base_names(actors, titles) -%}
    select
        titled.*,
        regexp_replace(
            case
                when titled.stripped_title is not null
                    then trim(substr(titled.actor_name, length(titled.stripped_title) + 2))
                else titled.actor_name
            end,
            '[''’]s$', ''
        ) as base_name
    from (
        select
            actors.*,
            title_matches.title as stripped_title,
            title_matches.title_type as stripped_title_type
        from {{ actors }} as actors
        left join (
            select
                named_actor.article_key,
                named_actor.article_actor_key,
                title_row.title,
                title_row.title_type
            from {{ actors }} as named_actor
            cross join range(1, 4) as r (n_words)
            inner join {{ titles }} as title_row
                on
                    lower(title_row.title) = lower(array_to_string(
                        list_slice(string_split(named_actor.actor_name, ' '), 1, r.n_words), ' '
                    ))
            where len(string_split(named_actor.actor_name, ' ')) > r.n_words
            qualify row_number() over (
                partition by named_actor.article_key, named_actor.article_actor_key
                order by r.n_words desc
            ) = 1
        ) as title_matches
            on
                actors.article_key = title_matches.article_key
                and actors.article_actor_key = title_matches.article_actor_key
    ) as titled
{%- endmacro %}

{#- Step 3 of entity resolution, the one definition of a surname entry: a name's surname is
    its last word, lower-cased; a surname's entry is its smallest full name and how many
    distinct full names end with it. int_actors_resolved resolves one-word names through
    these entries, and actor_articles_to_rebuild compares them before and after a load. -#}
{% macro surname_of(name) -%}
    lower(split_part({{ name }}, ' ', -1))
{%- endmacro %}

{% macro surname_entries(names) -%}
    select
        {{ surname_of('base_name') }} as surname,
        min(base_name) as full_name,
        count(distinct lower(base_name)) as n_names
    from {{ names }}
    group by 1
{%- endmacro %}

{#- Incremental entity resolution: the articles int_actors_resolved re-resolves.

    An actor's resolution depends on its own row, the reference seeds (a change rebuilds the
    table: inputs_fingerprint.sql) and, for a one-word person name ("Kallas" after "Ms"), on
    the multi-word person names ending with that word anywhere in the warehouse (step 3: the
    surname's smallest full name and how many there are). So a run re-resolves:

    1. the articles loaded (or with a raw actor row written) since the table's newest
       loaded_at (articles_to_rebuild), and the stored articles no longer in raw;
    2. the stored articles with a one-word person whose surname's full names those articles
       change: names they add, or names their earlier load had and their reload drops.

    A stored multi-word person keeps its base_name as actor_name (only one-word names resolve
    to another name). The keys are read and inlined as constants: `filter` (an IN-list, for
    staging) and `relation` (for joins against the stored table). -#}
{% macro actor_articles_to_rebuild() -%}
    {%- set changed_articles -%}
        {{ articles_to_rebuild(raw_table='actors') }}
        union
        -- articles no longer in raw (a broken load deleted them): their names leave step 3
        select article_key from {{ this }}
        where article_key not in (select article_id from {{ source('newsfacts', 'articles') }})
    {%- endset -%}
    {%- set new_keys = key_list(changed_articles) -%}
    {%- set new_articles = keys_filter('article_key', new_keys, changed_articles) -%}
    {%- set new_set = keys_relation('article_key', new_keys, changed_articles) -%}
    {%- if new_articles == 'false' -%}
        {%- do remember_rebuilt(new_set) -%}
        {{- return({'filter': 'false', 'relation': new_set}) -}}
    {%- endif -%}
    {%- set query -%}
        with actors as (
            select * from {{ ref('stg_newsfacts__actors') }}
            where {{ new_articles }}
        ),

        titles as (
            select * from {{ ref('ref_titles') }}
        ),

        arriving as (
            select named.base_name
            from ({{ actor_base_names('actors', 'titles') }}) as named
            where named.actor_kind = 'person' and named.base_name like '% %'
        ),

        -- each stored multi-word person name once, and whether an article not re-resolved
        -- still names it: a surname's entry (its smallest name, how many names) depends on
        -- the set of names only, so before and after are compared over distinct names
        stored as (
            select
                actor_name as base_name,
                bool_or(article_key not in {{ new_set }}) as kept
            from {{ this }}
            where actor_kind = 'person' and resolved_by <> 'surname' and actor_name like '% %'
            group by actor_name
        ),

        names_before as (
            select base_name from stored
        ),

        names_after as (
            select base_name from stored
            where kept
            union all
            select base_name from arriving
        ),

        before_entries as (
            {{ surname_entries('names_before') }}
        ),

        after_entries as (
            {{ surname_entries('names_after') }}
        ),

        changed as (
            select coalesce(before_entries.surname, after_entries.surname) as surname
            from before_entries
            full outer join after_entries on before_entries.surname = after_entries.surname
            where
                before_entries.full_name is distinct from after_entries.full_name
                or before_entries.n_names is distinct from after_entries.n_names
        )

        select article_key from {{ new_set }}
        union
        select article_key from {{ this }}
        where
            actor_kind = 'person'
            and (resolved_by = 'surname' or actor_name not like '% %')
            and {{ surname_of('actor_name') }} in (select surname from changed)
    {%- endset -%}
    {%- set keys = key_list(query) -%}
    {%- set relation = keys_relation('article_key', keys, query) -%}
    {%- do remember_rebuilt(relation) -%}
    {{- return({'filter': keys_filter('article_key', keys, query), 'relation': relation}) -}}
{%- endmacro %}
