; TypeScript with JSX (.tsx) sites: those of TypeScript (typescript_types.scm); JSX elements' text and
; attributes hold no algorithm a rule reads.
; include: typescript_types
