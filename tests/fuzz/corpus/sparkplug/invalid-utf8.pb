
Badÿ zaÿb