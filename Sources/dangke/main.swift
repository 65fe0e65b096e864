print("dangke")
