{#- Generic test: every non-null value of the column lies in [min_value, max_value]. -#}
{% test value_between(model, column_name, min_value, max_value) %}
select {{ column_name }} as offending_value, count(*) as n
from {{ model }}
where {{ column_name }} is not null
  and ({{ column_name }} < {{ min_value }} or {{ column_name }} > {{ max_value }})
group by 1
{% endtest %}
