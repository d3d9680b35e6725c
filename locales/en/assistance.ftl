## Social and humanitarian help: Entraide Nationale, UNHCR cash, IOM help.

domain-assistance = Social and humanitarian help

right-assistance-entraide-nationale = Social help from Entraide Nationale
    .summary = Entraide Nationale (the public social aid body) opens its programmes to migrants and refugees: shelter, meals, clothes, blankets, hygiene products, medical follow-up, training, social help. 2,525 migrants used them in 2017-2018, and about 2,140 in 2020.
right-assistance-unhcr-cash = Monthly cash help from UNHCR
    .summary = UNHCR (the United Nations refugee agency) gives money every month to the most vulnerable asylum seekers and refugees, especially people with specific needs. 1,297 families received it in the first half of 2018. UNHCR decides who receives it and how much.
right-assistance-iom-humanitarian = Humanitarian help from IOM and its partner associations
    .summary = IOM (the International Organization for Migration) works with associations in 8 regions of Morocco. They give migrants, with or without papers, emergency shelter, health care, food baskets, hygiene kits and psychological support. From January to November 2020, more than 50,000 acts of help went to 26,039 migrants. This help depends on projects that start and end: ask what exists near you.

office-entraide-nationale-centre = An Entraide Nationale delegation or social assistance centre
