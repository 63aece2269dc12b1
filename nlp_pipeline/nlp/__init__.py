"""Language side: Swedish tokenizer rules, paragraph sentence breaks, punctuation heads, model loading."""
