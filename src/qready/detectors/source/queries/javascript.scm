; JavaScript sites: the shared ECMAScript patterns, plus class fields as JavaScript's grammar names them.
; include: ecmascript

(field_definition value: [(string) (template_string)] @string)
