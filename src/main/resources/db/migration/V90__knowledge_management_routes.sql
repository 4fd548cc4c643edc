-- Knowledge Management Chartership (since 2019, aligned with BS ISO 30401) and KM Fellowship, as route
-- data like the others (V2). They have the same three criteria as Chartership and Fellowship, aimed at
-- knowledge management; CILIP's own wording of them is not confirmed here, so each text says so and an
-- administrator corrects it against the current handbook. The word limit follows the other routes.
insert into route (code, name, post_nominals, summary, statement_mode, statement_word_limit, cpd_hours_required, cpd_period_months, position) values
  ('km-chartership', 'Knowledge Management Chartership', 'MCLIP',
   'Chartership for knowledge managers: apply your learning in knowledge management practice and evaluate it against BS ISO 30401.',
   'PER_CRITERION', 1000, null, null, 5),
  ('km-fellowship', 'Knowledge Management Fellowship', 'FCLIP',
   'Fellowship for knowledge managers: substantial achievement in knowledge management practice and a significant contribution to the profession.',
   'PER_CRITERION', 1000, null, null, 6);

insert into route_criterion (route_id, position, heading, description)
select r.id, c.position, c.heading, c.description
from route r join (values
  ('km-chartership', 1, 'Personal performance', 'Identify areas for improvement in your knowledge management practice, undertake activities to develop your skills and knowledge, apply the learning in practice, and reflect on the process and the outcome. (To be confirmed by an administrator: CILIP''s wording for the KM route is not certain.)'),
  ('km-chartership', 2, 'Organisational context', 'Examine the organisational context of your knowledge management work, evaluate how well knowledge is managed (for example against BS ISO 30401), implement or recommend improvements, and reflect on the outcomes. (To be confirmed by an administrator: CILIP''s wording for the KM route is not certain.)'),
  ('km-chartership', 3, 'Wider professional context', 'Enhance your knowledge of the wider knowledge management and information profession and reflect on areas of current interest. (To be confirmed by an administrator: CILIP''s wording for the KM route is not certain.)'),
  ('km-fellowship', 1, 'Personal performance', 'Identify areas for improvement in your knowledge management practice, undertake activities to develop your skills and knowledge, apply the learning in practice, and reflect on the process and the outcome. (To be confirmed by an administrator: CILIP''s wording for the KM route is not certain.)'),
  ('km-fellowship', 2, 'Organisational context', 'Examine the organisational context of your knowledge management work and show substantial achievement in professional practice. (To be confirmed by an administrator: CILIP''s wording for the KM route is not certain.)'),
  ('km-fellowship', 3, 'Contribution to the profession', 'Show a significant contribution to the knowledge management profession. (To be confirmed by an administrator: CILIP''s wording for the KM route is not certain.)')
) as c(code, position, heading, description) on c.code = r.code;

insert into route_part (route_id, position, kind)
select r.id, p.position, p.kind
from route r join (values
  ('km-chartership', 1, 'CV'), ('km-chartership', 2, 'JOB_DESCRIPTION'), ('km-chartership', 3, 'ORGANISATIONAL_CONTEXT'),
  ('km-chartership', 4, 'PKSB'), ('km-chartership', 5, 'DEVELOPMENT_PLAN'),
  ('km-fellowship', 1, 'CV'), ('km-fellowship', 2, 'JOB_DESCRIPTION'), ('km-fellowship', 3, 'ORGANISATIONAL_CONTEXT'),
  ('km-fellowship', 4, 'PKSB'), ('km-fellowship', 5, 'DEVELOPMENT_PLAN')
) as p(code, position, kind) on p.code = r.code;
