-- The Knowledge Management routes (V90) end with the same sign-off documents (V80) as their general
-- counterparts: KM Chartership with the mentor's completion statement, KM Fellowship with two letters
-- of support. No portfolio can have opened a KM route before this, so only the routes change.
insert into route_part (route_id, position, kind)
select r.id, coalesce((select max(p.position) from route_part p where p.route_id = r.id), 0) + 1, x.kind
from route r join (values ('km-chartership', 'MENTOR_STATEMENT'), ('km-fellowship', 'LETTERS_OF_SUPPORT')) as x(code, kind)
    on x.code = r.code
where not exists (select 1 from route_part p where p.route_id = r.id and p.kind = x.kind);
