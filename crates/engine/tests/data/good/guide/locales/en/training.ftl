# fr: 1e8dca45
right-training-language-classes = Classes in Darija and Moroccan culture
    .summary = Associations give classes in Darija and in Moroccan culture to migrants and refugees.
# fr: 6f8e1889
office-language-class-association = An association that gives language classes
# fr: 633d396f
domain-training = Training
