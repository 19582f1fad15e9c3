"""Coaching content for bystanders (the 5D method, per situation, practice scenarios) and
advice for naasten. Rasa-free: the actions in actions/bystanders/ only render what this
returns. The public entry point for bystanders is `knowledge.bystander_coaching`.

    content.py        the YAML files of this folder, loaded and checked
    practice.py       practice scenarios and feedback ("oefenen")
    naasten.py        how to respond, what to do now, support for naasten themselves
    help_situation.py the knowledge-base Situation for an omstander or naaste
"""
