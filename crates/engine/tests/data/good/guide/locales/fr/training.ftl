right-training-language-classes = Cours de darija et de culture marocaine
    .summary = Des associations donnent des cours de darija et de culture marocaine aux migrants et aux réfugiés.
office-language-class-association = Une association qui donne des cours de langue
domain-training = Formation
