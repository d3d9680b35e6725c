right-training-language-classes = Classes in Darija and Moroccan culture
    .summary = Associations give classes in Darija and in Moroccan culture to migrants and refugees.
office-language-class-association = An association that gives language classes
domain-training = Training
