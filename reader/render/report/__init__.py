"""The marks report (`reader export`, the app's `e`) in parts: `roles` names the two articles (the retelling
on the left, its source on the right) and says where they come from, `changes` renders what the retelling
changed (source → retelling), `items` sorts the marks into the report's sections, `sections` renders each
item. `render.marks_md.render_export` puts them together."""
