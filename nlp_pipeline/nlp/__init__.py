"""Language side: Swedish tokenizer rules, paragraph sentence breaks, model loading."""
