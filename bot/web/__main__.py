from bot.web.main import main

main()
