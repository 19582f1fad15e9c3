"""The public web app: chat page, chat API that relays to Rasa, later the staff pages."""
