"""The staff wing: accounts, API tokens, the audit log, their tables and migrations, the
/beheer pages (`staff.web`) and the JSON API (`staff.api`). It uses the knowledge base; the
knowledge base and the chatbot never import it (a test checks the import graph).
"""
