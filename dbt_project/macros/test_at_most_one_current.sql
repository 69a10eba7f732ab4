{#- Generic test for SCD2 tables: each key has at most one row whose validity is open. -#}
{% test at_most_one_current(model, column_name, valid_to_column='dbt_valid_to') %}
select {{ column_name }}, count(*) as n
from {{ model }}
where {{ valid_to_column }} is null
group by {{ column_name }}
having count(*) > 1
{% endtest %}
